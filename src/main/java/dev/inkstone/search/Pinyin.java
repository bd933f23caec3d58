package dev.inkstone.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese characters as toneless pinyin, and typed Latin letters as pinyin syllables. ICU's Han-Latin
 * transliterator reads one pronunciation per character (数 → shu; polyphones get their most common reading, 长 →
 * zhang, so 长城 is found as "zhangcheng" and not "changcheng"). It costs milliseconds per call, so each character is
 * transliterated once and cached: a blog uses a few thousand distinct characters.
 */
final class Pinyin {

    /** Every toneless Mandarin syllable, for splitting "shujuku" into shu ju ku. */
    static final Set<String> SYLLABLES = new TreeSet<>(List.of(("a ai an ang ao ba bai ban bang bao bei ben beng bi "
            + "bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi "
            + "chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao "
            + "de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei "
            + "fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai "
            + "han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin "
            + "jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun "
            + "kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv "
            + "lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei "
            + "nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen "
            + "peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran "
            + "rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan "
            + "shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui "
            + "sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei "
            + "wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin "
            + "ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei "
            + "zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo")
            .split(" ")));

    private static final int LONGEST = 6;
    private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> HAN_LATIN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private Pinyin() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The toneless syllable of one Han character ("数" → "shu"); null when ICU has none. */
    static String of(int han) {
        String syllable = CACHE.computeIfAbsent(han, c -> {
            String latin = HAN_LATIN.get().transliterate(new String(Character.toChars(c))).strip();
            return latin.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? latin : "";
        });
        return syllable.isEmpty() ? null : syllable;
    }

    /**
     * The syllables of the Han characters in the text, in order, with "_" where a run of Han characters ends, so a
     * phrase of syllables never spans two runs: "数据库 and 缓存" → shu ju ku _ huan cun.
     */
    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String syllable = isHan(c) ? of(c) : null;
            if (syllable != null) {
                out.add(syllable);
                inRun = true;
            } else if (inRun) {
                out.add("_");
                inRun = false;
            }
        }
        return out;
    }

    /**
     * Splits typed letters into whole syllables, the last of which may be unfinished ("shujuk" → shu, ju, k):
     * fewest syllables first, so "xian" stays one. Null when the letters are no such sequence ("debug", "sjk").
     */
    static List<String> split(String letters) {
        List<String> best = split(letters, 0);
        return best;
    }

    private static List<String> split(String letters, int from) {
        if (from == letters.length()) {
            return new ArrayList<>();
        }
        for (int end = Math.min(letters.length(), from + LONGEST); end > from; end--) {
            String piece = letters.substring(from, end);
            boolean last = end == letters.length();
            if (SYLLABLES.contains(piece) || (last && isStartOfSyllable(piece))) {
                List<String> rest = split(letters, end);
                if (rest != null) {
                    rest.add(0, piece);
                    return rest;
                }
            }
        }
        return null;
    }

    /** Whether some syllable begins with these letters. */
    static boolean isStartOfSyllable(String letters) {
        String next = ((TreeSet<String>) SYLLABLES).ceiling(letters);
        return next != null && next.startsWith(letters);
    }

    /** The syllables that begin with these letters ("k" → ka, kai, …); for the unfinished last one. */
    static List<String> completions(String letters) {
        return ((TreeSet<String>) SYLLABLES).subSet(letters, letters + Character.MAX_VALUE).stream().toList();
    }
}
