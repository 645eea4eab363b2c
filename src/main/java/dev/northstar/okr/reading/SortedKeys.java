package dev.northstar.okr.reading;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of keys kept sorted in an array: iterated in key order, found by binary search, and compared with
 * another such set element by element, which is what a read's request needs when it is looked up among the requests
 * made before (a tree set's equality walks the tree once per key).
 */
final class SortedKeys extends AbstractSet<String> {
    private final String[] keys;
    private final int hash;

    SortedKeys(Collection<String> keys) {
        String[] sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || !sorted[i].equals(sorted[distinct - 1])) {
                sorted[distinct++] = sorted[i];
            }
        }
        this.keys = Arrays.copyOf(sorted, distinct);
        int h = 0;
        for (String key : this.keys) {
            h += key.hashCode(); // as every Set's hash: the sum of its elements'
        }
        this.hash = h;
    }

    static SortedKeys of(Collection<String> keys) {
        return keys instanceof SortedKeys sorted ? sorted : new SortedKeys(keys);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String key && Arrays.binarySearch(keys, key) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public String next() {
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                return keys[next++];
            }
        };
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof SortedKeys other) {
            return hash == other.hash && Arrays.equals(keys, other.keys);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
