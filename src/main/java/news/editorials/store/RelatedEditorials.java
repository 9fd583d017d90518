package news.editorials.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jbake.model.DocumentModel;

/**
 * "Related editorials" for every editorial: 3 to 5 others that share its topics or series, nearest in time
 * first, topped up with the editorials published just before and after it when too few share anything.
 *
 * <p>No pair of editorials is compared unless they are near each other in a list they share: candidates come
 * only from the {@link #WINDOW} neighbours on each side in each of the editorial's topic and series lists
 * (those lists are in date or number order, so neighbours are also near in time). The cost is therefore
 * {@code O(editorials x (topics + 1) x 2 x WINDOW)}, linear in the archive's size, not quadratic.
 */
final class RelatedEditorials {
    static final int MOST = 5;
    static final int FEWEST = 3;
    /** Neighbours looked at on each side within one shared list. */
    static final int WINDOW = 10;
    private static final int TOPIC_WEIGHT = 2;
    private static final int SERIES_WEIGHT = 3;
    /** Fewest editorials worth a range of their own on another core. */
    private static final int MIN_RANGE = 1024;

    private RelatedEditorials() {
    }

    /**
     * Puts {@code related} (a list of the editorials' summaries) on every editorial.
     *
     * @param editorials all published editorials, newest first
     * @param summaries  what a link to each of them shows, in the same order: shared, nothing changes them
     * @param topics     the topic lists, newest first
     * @param series     the series lists, in number order
     */
    static void link(List<DocumentModel> editorials, List<Map<String, Object>> summaries, Collection<SiteIndex.Group> topics,
                     Collection<SiteIndex.Group> series) {
        // Editorials are handled by their place in the site's order (their rank), with their dates read once
        // into an array: a document's fields are hash lookups, and candidates are counted tens of times per
        // editorial, which hash maps of candidates made a third of indexing the site.
        int count = editorials.size();
        Map<DocumentModel, Integer> rankOf = new IdentityHashMap<>(2 * count);
        long[] times = new long[count];
        for (int rank = 0; rank < count; rank++) {
            rankOf.put(editorials.get(rank), rank);
            times[rank] = time(editorials.get(rank));
        }
        List<List<Position>> memberships = new ArrayList<>(Collections.nCopies(count, List.of()));
        addPositions(memberships, topics, false, rankOf);
        addPositions(memberships, series, true, rankOf);

        // Each editorial's choice is its own: in contiguous ranges on every core, each with its own scores.
        int ranges = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), count / MIN_RANGE));
        IntStream.range(0, ranges).parallel().forEach(range -> {
            Scores scores = new Scores(count);
            for (int rank = count * range / ranges; rank < count * (range + 1) / ranges; rank++) {
                int[] related = fillWithNeighbours(choose(rank, memberships.get(rank), times, scores), rank, count);
                List<Map<String, Object>> links = new ArrayList<>(related.length);
                for (int other : related) {
                    links.add(summaries.get(other));
                }
                editorials.get(rank).put("related", links);
            }
        });
    }

    private static void addPositions(List<List<Position>> memberships, Collection<SiteIndex.Group> groups, boolean series,
                                     Map<DocumentModel, Integer> rankOf) {
        for (SiteIndex.Group group : groups) {
            List<DocumentModel> items = group.items();
            int[] ranks = new int[items.size()];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = rankOf.get(items.get(i));
            }
            for (int i = 0; i < ranks.length; i++) {
                if (memberships.get(ranks[i]).isEmpty()) {
                    memberships.set(ranks[i], new ArrayList<>(4));
                }
                memberships.get(ranks[i]).add(new Position(ranks, i, series));
            }
        }
    }

    /** The best few candidates by rank: higher score first, then nearer in time, then the site's own order. */
    private static int[] choose(int self, List<Position> positions, long[] times, Scores scores) {
        for (Position position : positions) {
            int from = Math.max(0, position.index - WINDOW);
            int to = Math.min(position.ranks.length - 1, position.index + WINDOW);
            for (int j = from; j <= to; j++) {
                if (position.ranks[j] != self) {
                    scores.add(position.ranks[j], position.series ? SERIES_WEIGHT : TOPIC_WEIGHT);
                }
            }
        }
        // Only the best few are wanted: one pass keeping them in order, instead of sorting every candidate.
        int[] best = new int[MOST + 1];
        int size = 0;
        for (int i = 0; i < scores.touchedCount; i++) {
            int candidate = scores.touched[i];
            int at = size;
            while (at > 0 && before(candidate, best[at - 1], self, times, scores.score)) {
                at--;
            }
            if (at < MOST) {
                System.arraycopy(best, at, best, at + 1, size - at);
                best[at] = candidate;
                size = Math.min(size + 1, MOST);
            }
        }
        scores.clear();
        return Arrays.copyOf(best, size);
    }

    private static boolean before(int candidate, int other, int self, long[] times, int[] score) {
        if (score[candidate] != score[other]) {
            return score[candidate] > score[other];
        }
        long distance = Math.abs(times[candidate] - times[self]);
        long otherDistance = Math.abs(times[other] - times[self]);
        if (distance != otherDistance) {
            return distance < otherDistance;
        }
        return candidate < other;
    }

    private static long time(DocumentModel document) {
        return document.getDate() == null ? 0 : document.getDate().getTime();
    }

    /** Too few shared threads: the editorials published just before and after, alternating, nearest first. */
    private static int[] fillWithNeighbours(int[] related, int self, int count) {
        int[] result = related;
        for (int step = 1; result.length < FEWEST && (self - step >= 0 || self + step < count); step++) {
            for (int other : new int[] {self + step, self - step}) {
                if (other >= 0 && other < count && result.length < FEWEST && !contains(result, other)) {
                    result = Arrays.copyOf(result, result.length + 1);
                    result[result.length - 1] = other;
                }
            }
        }
        return result;
    }

    private static boolean contains(int[] values, int value) {
        for (int item : values) {
            if (item == value) {
                return true;
            }
        }
        return false;
    }

    /** Candidates' scores by rank, in one array reused for every editorial; only the ranks touched are cleared. */
    private static final class Scores {
        final int[] score;
        int[] touched = new int[64];
        int touchedCount;

        Scores(int count) {
            score = new int[count];
        }

        void add(int rank, int weight) {
            if (score[rank] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, 2 * touchedCount);
                }
                touched[touchedCount++] = rank;
            }
            score[rank] += weight;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                score[touched[i]] = 0;
            }
            touchedCount = 0;
        }
    }

    /** Where an editorial sits in one topic or series list, given as the ranks of that list's editorials. */
    private record Position(int[] ranks, int index, boolean series) {
    }
}
