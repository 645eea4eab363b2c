package dev.northstar.okr.local.playground;

import dev.northstar.okr.host.SettingsStorage;

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
 * SAL's plugin settings in the playground: a properties file in the data folder, written whole on every change
 * (settings are few and small), so that settings and the setup's remembered ids survive a restart.
 */
public final class FileSettingsStorage implements SettingsStorage {
    private final Path file;
    private final Properties values = new Properties();

    public FileSettingsStorage(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read settings " + file, e);
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    @Override
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
