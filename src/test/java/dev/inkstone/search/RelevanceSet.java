package dev.inkstone.search;

import java.util.List;
import java.util.Set;

/**
 * Queries over the shared corpus with the posts a reader would want in the first five results, judged from the
 * posts' titles and contents (not from the engine's answers). Two thirds are Chinese; some mix in English names.
 */
final class RelevanceSet {

    /** A query and the keys (see {@link CorpusPosts}) of the posts that answer it. */
    record Judgment(String query, Set<String> relevant) {
        Judgment(String query, String... relevant) {
            this(query, Set.of(relevant));
        }
    }

    static final List<Judgment> JUDGMENTS = List.of(
            new Judgment("分布式事务", "seata-distributed-transaction-deep-dive", "seata-distributed-transaction-open-source",
                    "seata-server-deep-analysis", "sofa-channel-4-retrospect", "sofa-meetup-3-seata-retrospect",
                    "sofa-meetup-1-seata"),
            new Judgment("服务注册中心", "sofa-registry-data-consistency",
                    "sofa-registry-data-fragmentation-synchronization-scheme",
                    "sofa-registry-metaserver-function-introduction", "sofa-registry-session-storage",
                    "sofa-registry-deep-dive", "we-made-a-distributed-registry",
                    "sofa-registry-service-discovery-optimization"),
            new Judgment("设计模式", "2013-11-23-HFDP-Notes1", "2013-12-03-HFDP-Notes2", "2013-12-22-HFDP-Notes3",
                    "2014-05-31-HFDP-Note4"),
            new Judgment("設計模式", "2013-11-23-HFDP-Notes1", "2013-12-03-HFDP-Notes2", "2013-12-22-HFDP-Notes3",
                    "2014-05-31-HFDP-Note4"),
            new Judgment("镜像加速", "ant-security-technology-nydus-mirror-acceleration-practice",
                    "nerdctl-natively-supports-nydus-accelerated-mirroring",
                    "nydus-container-image-acceleration-practices-on-the-yosemite-platform",
                    "nydus-mirror-acceleration-plugin-moves-to-containerd", "nudus-20230131"),
            new Judgment("机械键盘", "2023-11-26-filco-keyboard-single-mode-to-three-mode",
                    "2024-02-05-ikbc-c87-single-mode-to-three-mode"),
            new Judgment("链路跟踪", "sofa-tracer-overview", "sofa-tracer-response-mechanism",
                    "ant-group-sofatracer-principles-and-practices", "sofa-rpc-link-tracking"),
            new Judgment("类隔离", "sofa-ark-overview", "spring-boot-sofa-boot-class-isolation-integration",
                    "sofa-channel-11-retrospect"),
            new Judgment("半同态加密", "babassl-support-for-semi-homomorphic-encryption-algorithm-ec-elgamal",
                    "tongsuo-supports-the-semi-homomorphic-encryption-algorithm-paillier"),
            new Judgment("机密计算", "sofa-channel-18-retrospect", "sofa-enclave-confidential-computing"),
            new Judgment("传书", "2023-09-16-kindle-tips-2023", "2024-04-10-kindle-tips-2024"),
            new Judgment("线程池", "2023-04-11-after-using-threadpool"),
            new Judgment("线程安全", "2021-03-13-talk-about-threadsafe-with-arraylist"),
            new Judgment("logback 日志", "2023-10-26-android-app-integrate-logback",
                    "2024-04-22-android-logback-no-output"),
            new Judgment("分布式锁", "2023-09-11-distributed-lock-failed", "sofa-jraft--rheakv-distributedLock"),
            new Judgment("线性一致读", "sofa-jraft-linear-consistent-read-implementation"),
            new Judgment("优先级选举", "sofa-jraft-priority-election"),
            new Judgment("SOFARPC 性能优化", "sofa-channel-2-retrospect", "sofa-channel-3-retrospect"),
            new Judgment("双十一", "kubernetes-practice-antfinal-shopping-festival",
                    "service-mesh-practice-antfinal-shopping-festival-big-exam",
                    "service-mesh-exploration-thinking-after-1111-1",
                    "online-business-double-eleven-servicemesh-technology-based-service-link-isolation-technology-and-practice"),
            new Judgment("云原生网络代理", "cloud-native-network proxy-mosn-evolutionary-path",
                    "mosn-transparent-hijacking", "antfin-service-mesh-network-agents"),
            new Judgment("叔本华", "2021-10-25-the-wisdom-of-life"),
            new Judgment("年度盘点", "2019-01-20-my-2018", "2022-01-01-my-2021"),
            new Judgment("空投", "2020-02-21-namebase-airdrop", "2024-03-04-how-to-receive-airdrop-to-github-users"),
            new Judgment("模糊搜索", "2025-04-23-search-optimize-in-small-data"),
            new Judgment("屏幕亮度", "2025-02-26-ios-setbrightness-not-work"),
            new Judgment("安全容器", "kata-container-introduction-to-safe-containers"),
            new Judgment("限流", "restricted-flow-on-the-technology-windfall"),
            new Judgment("Seata Saga", "seata-saga-flexible-financial-applications",
                    "seata-saga-model-quick-start-and-best-practices", "sofa-channel-10-retrospect",
                    "sofa-meetup-3-seata-retrospect"),
            new Judgment("Vim 插件", "2015-12-19-vim-markdown-toc", "2016-06-28-vim-kramdown-tab",
                    "2016-08-03-add-outline-for-markdown-in-vim", "2015-06-23-vim-taglist-smali",
                    "2020-05-04-paste-image-in-vim"),
            new Judgment("Fiddler", "2014-07-19-fiddlerwithwinhttp", "2014-07-20-fiddlercontextmenu",
                    "2015-07-08-fiddler-filter-by-device"),
            new Judgment("Android 源码分析", "2017-09-23-rtfsc-android-start", "2017-11-12-start-from-toast",
                    "2018-06-11-handler-looper-massagequeue"),
            new Judgment("generics", "generics-next-step", "generics-proposal", "intro-generics", "when-generics",
                    "generic-interfaces"),
            new Judgment("concurrency patterns", "concurrency-timeouts", "context", "pipelines",
                    "io2013-talk-concurrency"),
            new Judgment("go modules", "migrating-to-go-modules", "publishing-go-modules", "using-go-modules",
                    "v2-go-modules", "module-compatibility"),
            new Judgment("developer survey results", "survey2019-results", "survey2020-results",
                    "survey2021-results", "survey2023-h2-results", "survey2024-h2-results", "survey2025"),
            new Judgment("debugging", "debug-gdb", "debug-opt", "debug-status"),
            new Judgment("testing concurrent code", "synctest", "testing-time"),
            new Judgment("garbage collector", "greenteagc"),
            new Judgment("App Engine", "appengine", "appengine-155", "appengine-171", "appengine-dec2013",
                    "appengine-ga", "appengine-scalable"),
            new Judgment("profiling", "pprof"),
            new Judgment("Jekyll 4.4", "2025-01-27-jekyll-4-4-0-released", "2025-01-29-jekyll-4-4-1-released"),
            new Judgment("race detector", "race-detector"),
            new Judgment("cargo security advisory", "Security-advisory-for-cargo"));

    private RelevanceSet() {
    }

    /**
     * Precision at 5 over the places relevant posts can fill (a query with two answers is perfect with both on top),
     * plain precision at 5 (relevant among the first five, over five), recall at 10.
     */
    record Scores(double precisionAt5, double plainPrecisionAt5, double recallAt10) {
    }

    /** Means over a set of queries. */
    record Summary(double precisionAt5, double plainPrecisionAt5, double recallAt10) {

        static Summary of(List<Scores> scores) {
            return new Summary(scores.stream().mapToDouble(Scores::precisionAt5).average().orElse(0),
                    scores.stream().mapToDouble(Scores::plainPrecisionAt5).average().orElse(0),
                    scores.stream().mapToDouble(Scores::recallAt10).average().orElse(0));
        }

        @Override
        public String toString() {
            return String.format("P@5 %.3f (plain %.3f), R@10 %.3f", precisionAt5, plainPrecisionAt5, recallAt10);
        }
    }

    static Scores score(Judgment judgment, List<String> rankedKeys) {
        List<String> top5 = rankedKeys.subList(0, Math.min(5, rankedKeys.size()));
        List<String> top10 = rankedKeys.subList(0, Math.min(10, rankedKeys.size()));
        long in5 = top5.stream().filter(judgment.relevant()::contains).count();
        long in10 = top10.stream().filter(judgment.relevant()::contains).count();
        return new Scores((double) in5 / Math.min(5, judgment.relevant().size()), in5 / 5.0,
                (double) in10 / judgment.relevant().size());
    }
}
