package news.editorials.store;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, answered from memory.
 *
 * <p>JBake 2.7 keeps documents in an embedded OrientDB and runs a query, bodies included, for every
 * template value and for every page's previous/next links, which makes a bake quadratic. Here documents
 * live in a list; every query is answered from a {@link SiteIndex} built once after crawling, and
 * {@link IndexedDocumentList} gives the renderers constant-time neighbours.
 *
 * <p>The store is filled by one crawler and then only read, by several rendering threads at once.
 */
public class InMemoryContentStore extends ContentStore {
    private final List<DocumentModel> documents = Collections.synchronizedList(new ArrayList<>());
    private final Set<DocumentModel> rendered = Collections.synchronizedSet(Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    private volatile SiteIndex index;

    public InMemoryContentStore() {
        super("memory", "unused");
    }

    /**
     * Starts nothing. {@code Oven.bake()} calls the final {@code ContentStore.updateSchema()} right after this,
     * which reads the schema of the private OrientDB session; since no document ever goes into OrientDB, that
     * session is a stand-in whose schema already has every class. Starting a real embedded database only to
     * answer that costs about 2 s per bake (measured here: 1.9-2.5 s with the build's JVM options).
     */
    @Override
    public void startup() {
        try {
            Field session = ContentStore.class.getDeclaredField("db");
            session.setAccessible(true);
            session.set(this, SchemaOnlySession.create());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake's ContentStore changed: cannot attach the stand-in session", e);
        }
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // Nothing is cached between bakes: every bake starts from the files.
    }

    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void drop() {
        documents.clear();
        rendered.clear();
        index = null;
    }

    @Override
    public boolean isActive() {
        return true;
    }

    /** Where rendering tools write the files they make themselves: here, straight into {@code destination}. */
    public SiteFiles files(java.nio.file.Path destination) {
        return SiteFiles.into(destination);
    }

    /**
     * The object of this kind that a rendering tool keeps from one bake to the next when bakes share a
     * long-lived process (the live preview), made by {@code fresh} the first time; {@code null} (here, and
     * for {@code mvn package}) when there is no next bake to keep it for.
     */
    public <T> T keptBetweenBakes(Class<T> kind, java.util.function.Supplier<T> fresh) {
        return null;
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
        index = null;
    }

    /** The index over everything added so far, built on first use after the last addition. */
    public SiteIndex index() {
        SiteIndex current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = new SiteIndex(List.copyOf(documents));
                    index = current;
                }
            }
        }
        return current;
    }

    @Override
    public long getDocumentCount(String docType) {
        return index().ofType(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return index().publishedOfType(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(document -> uri.equals(document.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(document -> "post".equals(document.getType()) && SiteIndex.isPublished(document) && hasTag(document, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(document -> SiteIndex.isPublished(document) && hasTag(document, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return index().publishedOfType(docType);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return index().ofType(docType);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return index().ofType(docType);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(document -> !rendered.contains(document));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        rendered.add(document);
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(document -> uri.equals(document.getSourceuri()));
        index = null;
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(document -> docType.equals(document.getType()));
        index = null;
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(getPublishedPosts());
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(select(SiteIndex::isPublished));
    }

    private static Set<String> tagsOf(List<DocumentModel> documents) {
        Set<String> tags = new LinkedHashSet<>();
        for (DocumentModel document : documents) {
            if (document.getTags() != null) {
                Collections.addAll(tags, document.getTags());
            }
        }
        return tags;
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        String[] tags = document.getTags();
        return tags != null && new HashSet<>(List.of(tags)).contains(tag);
    }

    /**
     * Documents matching {@code filter}, in the index's order (newest first). A plain list: only the
     * by-type lists, where renderers look for neighbours, need {@link IndexedDocumentList}'s lookups.
     */
    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        DocumentList<DocumentModel> matches = new DocumentList<>();
        for (DocumentModel document : index().all()) {
            if (filter.test(document)) {
                matches.add(document);
            }
        }
        return matches;
    }

    /** A session whose only answer is "that schema class exists"; see {@link #startup()}. */
    private static final class SchemaOnlySession {
        static Object create() {
            ClassLoader loader = ContentStore.class.getClassLoader();
            try {
                Class<?> sessionType = Class.forName("com.orientechnologies.orient.core.db.ODatabaseSession", false, loader);
                Class<?> metadataType = Class.forName("com.orientechnologies.orient.core.metadata.OMetadata", false, loader);
                Class<?> schemaType = Class.forName("com.orientechnologies.orient.core.metadata.schema.OSchema", false, loader);
                Object schema = Proxy.newProxyInstance(loader, new Class<?>[] {schemaType},
                        (proxy, method, args) -> method.getName().equals("existsClass") ? Boolean.TRUE : defaultValue(method.getReturnType()));
                Object metadata = Proxy.newProxyInstance(loader, new Class<?>[] {metadataType},
                        (proxy, method, args) -> method.getName().equals("getSchema") ? schema : defaultValue(method.getReturnType()));
                return Proxy.newProxyInstance(loader, new Class<?>[] {sessionType},
                        (proxy, method, args) -> method.getName().equals("getMetadata") ? metadata : defaultValue(method.getReturnType()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("OrientDB's session types are missing from the classpath", e);
            }
        }

        private static Object defaultValue(Class<?> type) {
            if (type == boolean.class) {
                return false;
            }
            if (type.isPrimitive() && type != void.class) {
                return type == long.class ? 0L : type == int.class ? 0 : (Object) null;
            }
            return null;
        }
    }
}
