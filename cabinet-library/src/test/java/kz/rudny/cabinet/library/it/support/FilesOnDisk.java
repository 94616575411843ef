package kz.rudny.cabinet.library.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The stored files (the domain's {@code files} feature) as the file system shows it ({@code cabinet.data.dir/files}),
 * read in the container: the tests check the layout on disk, not through the store.
 */
public final class FilesOnDisk {

    private FilesOnDisk() {
    }

    public static Path dataDir() {
        return Path.of(ConfigProvider.getConfig().getValue("cabinet.data.dir", String.class));
    }

    public static Path root() {
        return dataDir().resolve("files");
    }

    /** Where the store keeps a stored name: {@code files/<first two>/<name>}. */
    public static Path of(String storedName) {
        return root().resolve(storedName.substring(0, 2)).resolve(storedName);
    }

    /** Every regular file below {@code files/}, the unfinished uploads in {@code incoming/} among them. */
    public static Set<Path> all() {
        return under(root());
    }

    public static Set<Path> under(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
