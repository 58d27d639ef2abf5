package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileSummaryTest {
    private static final String STREAM = "[app-1b2c-StreamThread-1 tid=41];java/lang/Thread.run;"
            + "org/apache/kafka/streams/processor/internals/StreamThread.run;";

    @Test
    void givenCollapsedStacks_whenSummarised_thenEachSampleCountsOnceByThreadWorkAndStep() {
        String collapsed = String.join("\n",
                STREAM + "newsflow/processor/TagProcessor.process;newsflow/core/tag/ArticleTagger.tag;"
                        + "com/hankcs/hanlp/seg/Viterbi/ViterbiSegment.segSentence 50",
                STREAM + "newsflow/processor/TagProcessor.process;newsflow/core/tag/TextRank.rank 20",
                STREAM + "newsflow/processor/PageIngestProcessor.process;newsflow/processor/ReprintShardProcessor.process;"
                        + "newsflow/processor/ReprintShardProcessor$StoreStorage.member;org/rocksdb/RocksDB.get;"
                        + "rocksdb::DBImpl::Get 25",
                STREAM + "org/apache/kafka/clients/consumer/KafkaConsumer.poll 5",
                "[data-plane-kafka-request-handler-0 tid=12];kafka/server/KafkaApis.handleProduceRequest 30",
                "[kafka-producer-network-thread | app-1b2c-StreamThread-1-producer tid=44];"
                        + "org/apache/kafka/clients/producer/internals/Sender.run 6",
                "[GC Thread#0 tid=3];G1ParEvacuateFollowersClosure::do_void 10",
                "[C2 CompilerThre tid=7];Compile::Optimize 8",
                "[rocksdb:low tid=90];rocksdb::CompactionJob::Run 2");

        ProfileSummary summary = ProfileSummary.of(collapsed);

        assertEquals(156, summary.samples());
        assertEquals(Map.of("stream threads", 100L, "broker request handlers", 30L, "producer I/O threads", 6L, "GC", 10L, "JIT compiler", 8L,
                "RocksDB background (flush, compaction)", 2L), summary.threads());
        assertEquals(100, summary.streamSamples());
        assertEquals(Map.of("HanLP", 50L, "RocksDB (JNI and native)", 25L, "tagger's own work", 20L,
                "Kafka clients (send, poll)", 5L), summary.streamWork());
        assertEquals(Map.of("TagProcessor", 70L, "ReprintShardProcessor", 25L, "(between records: polling, committing)", 5L),
                summary.streamSteps(), "the innermost step: the shard's lookups, not the page step that forwarded to it");
        assertEquals("HanLP", summary.streamWork().keySet().iterator().next(), "largest first");
    }
}
