package dev.snapfolio.domain.state;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An unmodifiable sorted map over a TreeMap nobody else holds. {@link AccountState} keeps its
 * maps as these, so a state built from another state's untouched map shares it instead of copying
 * it (a day usually changes one or two of the three maps).
 */
final class SealedMap<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    private final TreeMap<K, V> tree;
    private final SortedMap<K, V> view;

    private SealedMap(TreeMap<K, V> tree) {
        this.tree = tree;
        this.view = Collections.unmodifiableSortedMap(tree);
    }

    /** The map itself when already sealed, else a sealed copy. */
    static <K, V> SortedMap<K, V> of(Map<K, V> map) {
        if (map instanceof SealedMap<K, V> sealed) {
            return sealed;
        }
        return new SealedMap<>(new TreeMap<>(map));
    }

    /** Seals a tree the caller hands over and never touches again. */
    static <K, V> SortedMap<K, V> adopt(TreeMap<K, V> tree) {
        return new SealedMap<>(tree);
    }

    /** A modifiable copy of the sealed tree (cheap: built from sorted entries). */
    TreeMap<K, V> copy() {
        return new TreeMap<>(tree);
    }

    @Override
    public V get(Object key) {
        return tree.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return tree.containsKey(key);
    }

    @Override
    public int size() {
        return tree.size();
    }

    @Override
    public boolean isEmpty() {
        return tree.isEmpty();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Set<K> keySet() {
        return view.keySet();
    }

    @Override
    public java.util.Collection<V> values() {
        return view.values();
    }

    @Override
    public Comparator<? super K> comparator() {
        return tree.comparator();
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return view.subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return view.headMap(toKey);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return view.tailMap(fromKey);
    }

    @Override
    public K firstKey() {
        return tree.firstKey();
    }

    @Override
    public K lastKey() {
        return tree.lastKey();
    }
}
