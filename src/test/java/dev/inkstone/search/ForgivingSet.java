package dev.inkstone.search;

import java.util.List;

/**
 * Queries as readers type them carelessly, over the shared corpus, by kind, with the posts that answer them (judged
 * from the posts' titles and contents, as {@link RelevanceSet}). Each kind has its own floor in
 * {@link SearchRelevanceTest}. Cross-language queries are answered by the built-in synonyms and by tag aliases the
 * test sets (see {@link #ALIASES}).
 */
final class ForgivingSet {

    /** A kind of carelessness. */
    enum Kind {
        SYNONYM, TRADITIONAL_PHRASE, PARTIAL, PINYIN, QUESTION, TYPO, EXACT_PHRASE, CROSS_LANGUAGE
    }

    record Kinded(Kind kind, RelevanceSet.Judgment judgment) {
    }

    /** Tag slug → aliases the test gives the corpus tags before it searches. */
    static final List<List<String>> ALIASES = List.of(
            List.of("type-parameters", "类型参数"),
            List.of("kubernetes", "容器编排"));

    private static final String[] DISTRIBUTED_TRANSACTIONS = { "seata-distributed-transaction-deep-dive",
        "seata-distributed-transaction-open-source", "seata-server-deep-analysis", "sofa-channel-4-retrospect",
        "sofa-meetup-3-seata-retrospect", "sofa-meetup-1-seata" };
    private static final String[] TRACING = { "sofa-tracer-overview", "sofa-tracer-response-mechanism",
        "ant-group-sofatracer-principles-and-practices", "sofa-rpc-link-tracking" };
    private static final String[] NETWORK_PROXY = { "cloud-native-network proxy-mosn-evolutionary-path",
        "mosn-transparent-hijacking", "antfin-service-mesh-network-agents", "service-mesh-giac-2018" };
    private static final String[] KUBERNETES = { "ant-financial-managing-large-scale-kubernetes-clusters",
        "antgroup-k8s-security-protection-of-cluster-sensitive-information", "k8s-1.14-release-note",
        "kubernetes-practice-antfinal-shopping-festival", "microkernel-distributed-operating-system-kubernetes",
        "dragonfly-based-kubernetes-multi-cluster-image-distribution-for-docker-environments" };
    private static final String[] FIDDLER = { "2014-07-19-fiddlerwithwinhttp", "2014-07-20-fiddlercontextmenu",
        "2015-07-08-fiddler-filter-by-device" };
    private static final String[] GENERICS = { "generics-next-step", "generics-proposal", "intro-generics",
        "when-generics", "generic-interfaces" };
    private static final String[] GO_MODULES = { "migrating-to-go-modules", "publishing-go-modules",
        "using-go-modules", "v2-go-modules", "module-compatibility" };
    private static final String[] KEYBOARDS = { "2023-11-26-filco-keyboard-single-mode-to-three-mode",
        "2024-02-05-ikbc-c87-single-mode-to-three-mode" };
    /** Every post titled "Go Developer Survey": the announcements and the results. */
    private static final String[] SURVEYS = { "survey2019-results", "survey2019", "survey2020-results",
        "survey2020", "survey2021-results", "survey2021", "survey2023-h2-results", "survey2024-h2-results",
        "survey2025" };

    static final List<Kinded> QUERIES = List.of(
            of(Kind.SYNONYM, "分布式追踪", TRACING),
            of(Kind.SYNONYM, "流量控制", "restricted-flow-on-the-technology-windfall"),
            of(Kind.SYNONYM, "网盘 传书", "2024-04-10-kindle-tips-2024"),
            of(Kind.SYNONYM, "服务发现", "sofa-registry-service-discovery-optimization", "sofa-registry-deep-dive",
                    "we-made-a-distributed-registry"),
            of(Kind.TRADITIONAL_PHRASE, "網路代理", NETWORK_PROXY),
            of(Kind.TRADITIONAL_PHRASE, "執行緒池", "2023-04-11-after-using-threadpool"),
            of(Kind.TRADITIONAL_PHRASE, "執行緒安全", "2021-03-13-talk-about-threadsafe-with-arraylist"),
            of(Kind.TRADITIONAL_PHRASE, "分散式交易 伺服器", "seata-server-deep-analysis"),
            of(Kind.PARTIAL, "kubernet", KUBERNETES),
            of(Kind.PARTIAL, "fiddl", FIDDLER),
            of(Kind.PARTIAL, "elasticd", "alipay-deep-learning-tensorflow-elasticdl"),
            of(Kind.PARTIAL, "garbage coll", "greenteagc"),
            of(Kind.PARTIAL, "race detec", "race-detector"),
            of(Kind.PINYIN, "fenbushishiwu", DISTRIBUTED_TRANSACTIONS),
            of(Kind.PINYIN, "fbssw", DISTRIBUTED_TRANSACTIONS),
            of(Kind.PINYIN, "xianchengchi", "2023-04-11-after-using-threadpool"),
            of(Kind.PINYIN, "xian cheng chi", "2023-04-11-after-using-threadpool"),
            of(Kind.PINYIN, "jixiejianpan", KEYBOARDS),
            of(Kind.PINYIN, "shubenhua", "2021-10-25-the-wisdom-of-life"),
            of(Kind.QUESTION, "如何在生产环境排查 Java 内存问题",
                    "how-to-troubleshoot-high-rust-memory-usage-in-a-production-environment"),
            of(Kind.QUESTION, "怎么 传书 到 Kindle 上", "2023-09-16-kindle-tips-2023", "2024-04-10-kindle-tips-2024"),
            of(Kind.QUESTION, "如何 用 Vim 给 Markdown 生成 目录", "2015-12-19-vim-markdown-toc"),
            of(Kind.QUESTION, "how do I use go modules", GO_MODULES),
            of(Kind.TYPO, "concurency patterns", "concurrency-timeouts", "context", "pipelines",
                    "io2013-talk-concurrency"),
            of(Kind.TYPO, "garbage colector", "greenteagc"),
            of(Kind.TYPO, "profilng", "pprof"),
            of(Kind.TYPO, "fidler", FIDDLER),
            of(Kind.TYPO, "genrics", GENERICS),
            of(Kind.EXACT_PHRASE, "\"分布式事务\"", DISTRIBUTED_TRANSACTIONS),
            of(Kind.EXACT_PHRASE, "\"race detector\"", "race-detector"),
            of(Kind.EXACT_PHRASE, "\"go modules\"", GO_MODULES),
            of(Kind.EXACT_PHRASE, "\"机械键盘\"", KEYBOARDS),
            of(Kind.CROSS_LANGUAGE, "泛型", GENERICS),
            of(Kind.CROSS_LANGUAGE, "垃圾回收器", "greenteagc"),
            of(Kind.CROSS_LANGUAGE, "性能剖析", "pprof"),
            of(Kind.CROSS_LANGUAGE, "竞态检测", "race-detector"),
            of(Kind.CROSS_LANGUAGE, "容器编排", KUBERNETES),
            of(Kind.CROSS_LANGUAGE, "开发者调查", SURVEYS),
            of(Kind.CROSS_LANGUAGE, "类型参数", "generic-interfaces", "alias-names"));

    private ForgivingSet() {
    }

    private static Kinded of(Kind kind, String query, String... relevant) {
        return new Kinded(kind, new RelevanceSet.Judgment(query, relevant));
    }
}
