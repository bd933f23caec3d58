package dev.inkstone.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class XmlDocumentTest {

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotCarry() {
        byte[] xml = new XmlDocument().root("r", null)
                .text("t", "茶 & <b>\"x\"</b>\u0001\u0008\uFFFE 😀 \uD800 end", "a", "1 < 2 & \"3\"\u0002").toBytes();
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r><t a=\"1 &lt; 2 &amp; &quot;3&quot;\">"
                + "茶 &amp; &lt;b&gt;\"x\"&lt;/b&gt; 😀  end</t></r>", new String(xml, StandardCharsets.UTF_8));
    }
}
