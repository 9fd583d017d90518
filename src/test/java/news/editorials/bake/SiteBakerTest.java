package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.editorials.cache.Digest;
import news.editorials.cache.OutputRecord;
import org.junit.jupiter.api.Test;

/** The link gate after an incremental bake: which pages it may trust and which it must check again. */
class SiteBakerTest {
    private static final String HOME = "index.html";
    private static final String PAGE = "editorials/2025/a/index.html";
    private static final String OTHER = "editorials/2025/b/index.html";

    private static OutputRecord page(String bytes, Set<String> ids, String... links) {
        return new OutputRecord(null, Digest.of(bytes), bytes.length(), 0, List.of(links), ids);
    }

    /** The last bake's site: the home page links to both editorials, the second one at its #notes section. */
    private static Map<String, OutputRecord> lastSite() {
        Map<String, OutputRecord> site = new HashMap<>();
        site.put(HOME, page("home", Set.of(), "editorials/2025/a/", "editorials/2025/b/#notes"));
        site.put(PAGE, page("a", Set.of(), "../../../"));
        site.put(OTHER, page("b", Set.of("notes"), "../../../"));
        return site;
    }

    private static List<String> check(Map<String, OutputRecord> site, Map<String, OutputRecord> previous) {
        return SiteBaker.checkLinks(site, previous, "/", Map.of());
    }

    @Test
    void aClearedSitePassesWhetherCheckedWholeOrAfterAnEdit() {
        assertEquals(List.of(), check(lastSite(), Map.of()));
        Map<String, OutputRecord> edited = lastSite();
        edited.put(PAGE, page("a, edited", Set.of(), "../../../"));
        assertEquals(List.of(), check(edited, lastSite()));
    }

    @Test
    void aChangedPageIsChecked() {
        Map<String, OutputRecord> edited = lastSite();
        edited.put(PAGE, page("a, edited", Set.of(), "../../../nowhere/"));
        assertEquals(List.of(PAGE + ": broken link \"../../../nowhere/\" (no such file nowhere/)"), check(edited, lastSite()));
    }

    @Test
    void anUnchangedPageIsCheckedAgainWhenItsTargetGoes() {
        Map<String, OutputRecord> site = lastSite();
        site.remove(PAGE);
        assertEquals(List.of(HOME + ": broken link \"editorials/2025/a/\" (no such file editorials/2025/a/)"),
                check(site, lastSite()));
    }

    @Test
    void anUnchangedPageIsCheckedAgainWhenItsTargetLosesAnId() {
        Map<String, OutputRecord> site = lastSite();
        site.put(OTHER, page("b, without notes", Set.of(), "../../../"));
        assertEquals(List.of(HOME + ": broken link \"editorials/2025/b/#notes\" (no id \"notes\" in " + OTHER + ")"),
                check(site, lastSite()));
    }

    @Test
    void pagesAsTheLastBakeLeftThemAreTrustedWhenNothingWentAway() {
        // A state no real bake leaves (the last bake's gate would have failed): it shows the unchanged home
        // page is not checked again when every target is still there, with its ids.
        Map<String, OutputRecord> previous = lastSite();
        previous.put(HOME, page("home", Set.of(), "nowhere/"));
        Map<String, OutputRecord> site = new HashMap<>(previous);
        site.put("editorials/2025/c/index.html", page("c", Set.of(), "../../../"));
        assertEquals(List.of(), check(site, previous));
        assertEquals(List.of(HOME + ": broken link \"nowhere/\" (no such file nowhere/)"), check(site, Map.of()));
    }
}
