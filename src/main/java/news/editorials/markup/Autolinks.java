package news.editorials.markup;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become links), asked
 * only about text that could hold one. Its post-processor runs a regular expression over every text node of
 * the document, which was about 30 % of the time spent parsing 10,000 editorials; text with no {@code :},
 * {@code @} or {@code www.} holds none of the three, so it is left as the extension would leave it.
 * Registered in place of {@code AutolinkExtension.create()}, with the extension's own post-processor.
 */
final class Autolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether the text from this node to the end of its parent could hold a link. The extension reads a text
     * node together with the typographic quotes and entities that follow it, all siblings in that span.
     */
    static boolean mayHoldLink(Node text) {
        Node parent = text.getParent();
        BasedSequence chars = text.getChars();
        int end = parent == null ? chars.getEndOffset() : Math.max(chars.getEndOffset(), parent.getEndOffset());
        BasedSequence span = chars.baseSubSequence(chars.getStartOffset(), end);
        int length = span.length();
        for (int i = 0; i < length; i++) {
            char c = span.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < length && span.charAt(i + 3) == '.'
                    && Character.toLowerCase(span.charAt(i + 1)) == 'w' && Character.toLowerCase(span.charAt(i + 2)) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node)) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
