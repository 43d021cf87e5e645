package dev.snapfolio.domain.state;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An unmodifiable sorted map held as a sorted array of immutable entries. {@link AccountState}
 * keeps its maps as these: a state built from another state's untouched map shares it, and the
 * next day's working copy of a changed map is one array copy (the entries themselves are shared),
 * not a rebuilt tree. Look-ups are binary searches.
 *
 * <p>Only {@link AccountState.Draft} changes one, through {@link #set} and {@link #delete}, while it
 * builds the next state from a {@link #copy}; once the state is built it never changes again.
 */
final class SealedMap<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    private final Comparator<? super K> comparator;
    private Entry<K, V>[] entries;
    private int size;

    private SealedMap(Comparator<? super K> comparator, Entry<K, V>[] entries, int size) {
        this.comparator = comparator;
        this.entries = entries;
        this.size = size;
    }

    /** The map itself when already sealed, else a sealed copy (sorted by the map's comparator if it has one). */
    static <K, V> SortedMap<K, V> of(Map<K, V> map) {
        if (map instanceof SealedMap<K, V> sealed) {
            return sealed;
        }
        SortedMap<K, V> sorted = map instanceof SortedMap<K, V> s ? s : new TreeMap<>(map);
        Entry<K, V>[] entries = newArray(sorted.size());
        int i = 0;
        for (Entry<K, V> e : sorted.entrySet()) {
            entries[i++] = new SimpleImmutableEntry<>(e.getKey(), e.getValue());
        }
        SealedMap<K, V> result = new SealedMap<>(sorted.comparator(), entries, i);
        for (int j = 1; j < i; j++) {
            if (result.compare(entries[j - 1].getKey(), entries[j].getKey()) >= 0) {
                throw new IllegalArgumentException("the map's iteration order is not its comparator's");
            }
        }
        return result;
    }

    /** A copy to be changed by a draft (then handed to the next state as is). */
    SealedMap<K, V> copy() {
        Entry<K, V>[] copied = newArray(size + 4);
        System.arraycopy(entries, 0, copied, 0, size);
        return new SealedMap<>(comparator, copied, size);
    }

    /** Puts {@code value} under {@code key}; an equal key already present is kept (as a tree map does). */
    void set(K key, V value) {
        int i = indexOf(key);
        if (i >= 0) {
            entries[i] = new SimpleImmutableEntry<>(entries[i].getKey(), value);
            return;
        }
        int at = -(i + 1);
        if (size == entries.length) {
            Entry<K, V>[] grown = newArray(Math.max(8, size * 2));
            System.arraycopy(entries, 0, grown, 0, size);
            entries = grown;
        }
        System.arraycopy(entries, at, entries, at + 1, size - at);
        entries[at] = new SimpleImmutableEntry<>(key, value);
        size++;
    }

    /** Removes the key if present. */
    void delete(Object key) {
        int i = indexOf(key);
        if (i >= 0) {
            System.arraycopy(entries, i + 1, entries, i, size - i - 1);
            entries[--size] = null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Entry<K, V>[] newArray(int length) {
        return (Entry<K, V>[]) new Entry[length];
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return comparator == null ? ((Comparable<Object>) a).compareTo(b) : comparator.compare((K) a, (K) b);
    }

    /** The index of the key, or −(insertion point) − 1. */
    private int indexOf(Object key) {
        if (key == null) {
            throw new NullPointerException("key");
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(entries[mid].getKey(), key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    @Override
    public V get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? entries[i].getValue() : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    private abstract class ArrayIterator<T> implements Iterator<T> {
        private int next;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        Entry<K, V> nextEntry() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            return entries[next++];
        }
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new ArrayIterator<>() {
                    @Override
                    public Entry<K, V> next() {
                        return nextEntry();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return new ArrayIterator<>() {
                    @Override
                    public K next() {
                        return nextEntry().getKey();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new ArrayIterator<>() {
                    @Override
                    public V next() {
                        return nextEntry().getValue();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    private SortedMap<K, V> asTree() {
        TreeMap<K, V> tree = new TreeMap<>(comparator);
        for (int i = 0; i < size; i++) {
            tree.put(entries[i].getKey(), entries[i].getValue());
        }
        return Collections.unmodifiableSortedMap(tree);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return asTree().subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return asTree().headMap(toKey);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return asTree().tailMap(fromKey);
    }

    @Override
    public K firstKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return entries[0].getKey();
    }

    @Override
    public K lastKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return entries[size - 1].getKey();
    }
}
