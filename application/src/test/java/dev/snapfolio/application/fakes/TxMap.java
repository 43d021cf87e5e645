package dev.snapfolio.application.fakes;

import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A sorted map whose writes the open transaction can undo: the fakes keep their rows in these, so
 * a rollback puts back exactly the values it changed. Reads see a read-only view.
 */
final class TxMap<K, V> {
    private final FakeDatabase db;
    private final TreeMap<K, V> map;

    TxMap(FakeDatabase db) {
        this.db = db;
        this.map = new TreeMap<>();
    }

    TxMap(FakeDatabase db, Comparator<? super K> order) {
        this.db = db;
        this.map = new TreeMap<>(order);
    }

    V put(K key, V value) {
        boolean had = map.containsKey(key);
        V old = map.put(key, value);
        db.undo(() -> {
            if (had) {
                map.put(key, old);
            } else {
                map.remove(key);
            }
        });
        return old;
    }

    V remove(K key) {
        if (!map.containsKey(key)) {
            return null;
        }
        V old = map.remove(key);
        db.undo(() -> map.put(key, old));
        return old;
    }

    V get(K key) {
        return map.get(key);
    }

    boolean containsKey(K key) {
        return map.containsKey(key);
    }

    NavigableMap<K, V> view() {
        return Collections.unmodifiableNavigableMap(map);
    }
}
