package news.editorials.images;

import java.util.List;

/**
 * An image ready for a page: the files a browser may choose from, narrowest first, all with the same
 * aspect ratio. Paths are relative to the site's root ({@code images/chart.960w.png}).
 *
 * @param width  the width of the widest candidate, for the {@code <img>}'s {@code width}
 * @param height the height of the widest candidate, for the {@code <img>}'s {@code height}
 */
public record ResponsiveImage(int width, int height, List<Candidate> candidates) {

    /** One file of the {@code srcset}, and its width in pixels. */
    public record Candidate(String path, int width) {
    }

    public ResponsiveImage {
        candidates = List.copyOf(candidates);
    }

    /** The widest candidate: the {@code src} for browsers that ignore {@code srcset}. */
    public Candidate widest() {
        return candidates.get(candidates.size() - 1);
    }
}
