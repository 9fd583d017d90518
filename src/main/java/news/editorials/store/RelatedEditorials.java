package news.editorials.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    private RelatedEditorials() {
    }

    /**
     * Puts {@code related} (a list of {@code title}, {@code url}, {@code date_iso}, {@code date_display}) on
     * every editorial.
     *
     * @param editorials all published editorials, newest first
     * @param topics     the topic lists, newest first
     * @param series     the series lists, in number order
     */
    static void link(List<DocumentModel> editorials, Collection<SiteIndex.Group> topics, Collection<SiteIndex.Group> series) {
        // Ranks and dates are read once per editorial here, not once per candidate below: a document's fields
        // are hash lookups, and comparing candidates read them tens of times per editorial.
        Map<DocumentModel, Integer> rankOf = new IdentityHashMap<>(2 * editorials.size());
        for (int i = 0; i < editorials.size(); i++) {
            rankOf.put(editorials.get(i), i);
        }
        Map<DocumentModel, List<Position>> memberships = new IdentityHashMap<>(2 * editorials.size());
        addPositions(memberships, topics, false, rankOf);
        addPositions(memberships, series, true, rankOf);
        for (int i = 0; i < editorials.size(); i++) {
            DocumentModel editorial = editorials.get(i);
            List<DocumentModel> related = choose(editorial, memberships.getOrDefault(editorial, List.of()));
            fillWithNeighbours(related, editorial, editorials, i);
            List<Map<String, Object>> links = new ArrayList<>(related.size());
            for (DocumentModel other : related) {
                Map<String, Object> link = new HashMap<>();
                link.put("title", other.getTitle());
                link.put("url", other.get("url"));
                link.put("date_iso", other.get("date_iso"));
                link.put("date_display", other.get("date_display"));
                links.add(link);
            }
            editorial.put("related", links);
        }
    }

    private static void addPositions(Map<DocumentModel, List<Position>> memberships, Collection<SiteIndex.Group> groups,
                                     boolean series, Map<DocumentModel, Integer> rankOf) {
        for (SiteIndex.Group group : groups) {
            Members members = Members.of(group.items(), rankOf);
            for (int i = 0; i < members.items.size(); i++) {
                memberships.computeIfAbsent(members.items.get(i), d -> new ArrayList<>()).add(new Position(members, i, series));
            }
        }
    }

    private static List<DocumentModel> choose(DocumentModel editorial, List<Position> positions) {
        Map<DocumentModel, Candidate> candidates = new IdentityHashMap<>();
        long day = positions.isEmpty() ? time(editorial) : positions.get(0).members.times[positions.get(0).index];
        for (Position position : positions) {
            Members members = position.members;
            int from = Math.max(0, position.index - WINDOW);
            int to = Math.min(members.items.size() - 1, position.index + WINDOW);
            for (int j = from; j <= to; j++) {
                DocumentModel other = members.items.get(j);
                if (other != editorial) {
                    int weight = position.series ? SERIES_WEIGHT : TOPIC_WEIGHT;
                    Candidate known = candidates.get(other);
                    if (known == null) {
                        candidates.put(other, new Candidate(other, weight, Math.abs(members.times[j] - day), members.ranks[j]));
                    } else {
                        known.score += weight;
                    }
                }
            }
        }
        // Only the best few are wanted: one pass keeping them in order, instead of sorting every candidate.
        List<Candidate> best = new ArrayList<>(MOST + 1);
        for (Candidate candidate : candidates.values()) {
            int at = best.size();
            while (at > 0 && candidate.before(best.get(at - 1))) {
                at--;
            }
            if (at < MOST) {
                best.add(at, candidate);
                if (best.size() > MOST) {
                    best.remove(MOST);
                }
            }
        }
        List<DocumentModel> chosen = new ArrayList<>(best.size());
        best.forEach(candidate -> chosen.add(candidate.document));
        return chosen;
    }

    private static long time(DocumentModel document) {
        return document.getDate() == null ? 0 : document.getDate().getTime();
    }

    /**
     * A candidate's rank: higher score first, then nearer in time, then the site's own order (newest first, as
     * {@link SiteIndex#NEWEST_FIRST}), for a stable result. The score grows as shared lists are counted.
     */
    private static final class Candidate {
        final DocumentModel document;
        int score;
        final long distance;
        final int rank;

        Candidate(DocumentModel document, int score, long distance, int rank) {
            this.document = document;
            this.score = score;
            this.distance = distance;
            this.rank = rank;
        }

        boolean before(Candidate other) {
            if (score != other.score) {
                return score > other.score;
            }
            if (distance != other.distance) {
                return distance < other.distance;
            }
            return rank < other.rank;
        }
    }

    /** Too few shared threads: the editorials published just before and after, alternating, nearest first. */
    private static void fillWithNeighbours(List<DocumentModel> related, DocumentModel editorial,
                                           List<DocumentModel> editorials, int index) {
        for (int step = 1; related.size() < FEWEST && (index - step >= 0 || index + step < editorials.size()); step++) {
            for (int j : new int[] {index + step, index - step}) {
                if (j >= 0 && j < editorials.size() && related.size() < FEWEST) {
                    DocumentModel other = editorials.get(j);
                    if (other != editorial && related.stream().noneMatch(r -> r == other)) {
                        related.add(other);
                    }
                }
            }
        }
    }

    /** A topic's or series' editorials, with each one's date and place in the site's order. */
    private record Members(List<DocumentModel> items, long[] times, int[] ranks) {
        static Members of(List<DocumentModel> items, Map<DocumentModel, Integer> rankOf) {
            long[] times = new long[items.size()];
            int[] ranks = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                times[i] = time(items.get(i));
                ranks[i] = rankOf.get(items.get(i));
            }
            return new Members(items, times, ranks);
        }
    }

    /** Where an editorial sits in one topic or series list. */
    private record Position(Members members, int index, boolean series) {
    }
}
