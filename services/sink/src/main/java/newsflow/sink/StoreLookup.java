package newsflow.sink;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** How the HTTP API finds a key-value store by name: interactive queries in the service, the test driver in tests. */
@FunctionalInterface
interface StoreLookup {
    <K, V> ReadOnlyKeyValueStore<K, V> keyValueStore(String name);
}
