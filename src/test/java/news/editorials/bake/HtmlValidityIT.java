package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every generated HTML page of both sites passes the Nu HTML Checker (the W3C's validator) with no errors. */
class HtmlValidityIT {
    private static SimpleDocumentValidator validator;
    private static final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void setUpValidator() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    static Stream<Arguments> pages() {
        return TestSites.everyPageOfBothSites();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("pages")
    void pageHasNoValidationErrors(String siteName, Path site, String page) throws Exception {
        synchronized (errors) {
            errors.clear();
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
            assertEquals(List.of(), List.copyOf(errors), page);
        }
    }
}
