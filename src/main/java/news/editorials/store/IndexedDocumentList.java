package news.editorials.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * A read-only {@link DocumentList} with constant-time {@code get(i)} and {@code indexOf(document)}.
 *
 * <p>JBake's {@code DocumentsRenderer} finds each page's neighbours with {@code indexOf} and {@code get} on a
 * {@code LinkedList}, comparing documents with {@code HashMap.equals}: quadratic in the archive's size.
 * Here positions are looked up by identity, since the renderer asks with the very objects the store gave it.
 */
public final class IndexedDocumentList extends DocumentList<DocumentModel> {
    private final List<DocumentModel> items;
    private final Map<DocumentModel, Integer> positions = new IdentityHashMap<>();

    public IndexedDocumentList(Collection<DocumentModel> documents) {
        super();
        this.items = new ArrayList<>(documents);
        for (int i = 0; i < items.size(); i++) {
            positions.put(items.get(i), i);
        }
        super.addAll(items);
    }

    @Override
    public DocumentModel get(int index) {
        return items.get(index);
    }

    @Override
    public int indexOf(Object document) {
        Integer position = positions.get(document);
        return position != null ? position : super.indexOf(document);
    }

    @Override
    public DocumentModel getFirst() {
        return items.get(0);
    }

    @Override
    public DocumentModel getLast() {
        return items.get(items.size() - 1);
    }
}
