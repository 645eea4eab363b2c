package dev.northstar.okr.local.simjira;


import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The simulated Jira's database for SAL's plugin settings and for its own configuration: a properties file in the
 * data folder, written whole on every change (settings are few and small), so that the app's settings, the setup's
 * remembered ids and what setup created survive a restart.
 */
public final class SettingsFile {
    private final Path file;
    private final Properties values = new Properties();

    public SettingsFile(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read settings " + file, e);
            }
        }
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    public synchronized void remove(String key) {
        if (values.remove(key) != null) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try (OutputStream out = Files.newOutputStream(next)) {
                values.store(out, "Northstar OKR playground: the app's settings (SAL plugin settings in Jira)");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write settings " + file, e);
        }
    }
}
