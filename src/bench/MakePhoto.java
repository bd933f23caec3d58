import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * A photo-like JPEG for the image benchmarks when no image is given: seeded noise over gradients and shapes, so the
 * encoder and decoders have as much work as with a camera picture of the same size. Run as a source file:
 * {@code java src/bench/MakePhoto.java out.jpg 4032 3024}.
 */
public class MakePhoto {

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 4032;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 3024;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 40 + 150 * x / width + random.nextInt(32);
                int g = 80 + 110 * y / height + random.nextInt(32);
                int b = 170 - 110 * x / width + random.nextInt(32);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 10, height / 10);
        }
        g.dispose();
        if (!ImageIO.write(image, "jpeg", out)) {
            throw new IllegalStateException("no JPEG writer");
        }
    }
}
