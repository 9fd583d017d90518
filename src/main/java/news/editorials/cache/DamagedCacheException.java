package news.editorials.cache;

/**
 * The bake cache's file does not hold what its index says (a disk error, a file edited by hand): the bake
 * that finds out cannot trust anything it read from the cache, and is made again, clean.
 */
public final class DamagedCacheException extends RuntimeException {
    DamagedCacheException(String message) {
        super(message);
    }
}
