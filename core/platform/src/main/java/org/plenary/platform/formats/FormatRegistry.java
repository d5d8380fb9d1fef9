package org.plenary.platform.formats;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatPage;
import org.plenary.spi.FormatState;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.VersionRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every session format installed, checked once when the application starts. A format that fails any check
 * ends {@link FormatState#FAILED} with its reason while the others run.
 */
@ApplicationScoped
public class FormatRegistry {

    private static final Logger LOG = Logger.getLogger(FormatRegistry.class.getName());

    @Inject
    @Any
    Instance<SessionFormat> installed;

    @Inject
    FormatMigrations migrations;

    @Inject
    @ConfigProperty(name = "plenary.formats.disabled", defaultValue = " ")
    String disabledSetting;

    private volatile Map<String, RegisteredFormat> formats = Map.of();

    /** Checks, migrates and starts every installed format, dependencies first. Called once at start-up. */
    public synchronized void start() {
        Map<String, RegisteredFormat> found = new LinkedHashMap<>();
        Map<String, List<RegisteredFormat>> byId = new LinkedHashMap<>();
        List<SessionFormat> beans = new ArrayList<>();
        installed.forEach(beans::add);
        beans.sort(Comparator.comparing(FormatRegistry::beanClass));
        for (SessionFormat bean : beans) {
            RegisteredFormat format = read(bean);
            byId.computeIfAbsent(format.id(), k -> new ArrayList<>()).add(format);
        }
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                String owners = same.stream().map(f -> beanClass(f.format())).collect(Collectors.joining(", "));
                found.put(id, same.get(0).withState(FormatState.FAILED,
                        "id '" + id + "' is provided by " + same.size() + " plugins: " + owners));
            } else {
                found.put(id, same.get(0));
            }
        });
        Set<String> disabled = Arrays.stream(disabledSetting.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        found.replaceAll((id, f) -> f.state() == FormatState.RESOLVED && disabled.contains(id)
                ? f.withState(FormatState.DISABLED, "disabled by plenary.formats.disabled") : f);

        boolean progress = true;
        while (progress) {
            progress = false;
            for (RegisteredFormat f : List.copyOf(found.values())) {
                if (f.state() != FormatState.RESOLVED) {
                    continue;
                }
                Dependencies deps = dependencies(f, found);
                if (deps.waiting()) {
                    continue;
                }
                found.put(f.id(), deps.failure() != null ? f.withState(FormatState.FAILED, deps.failure()) : launch(f));
                progress = true;
            }
        }
        found.replaceAll((id, f) -> f.state() == FormatState.RESOLVED
                ? f.withState(FormatState.FAILED, "its dependencies form a cycle: " + f.descriptor().dependsOn()) : f);
        found.values().forEach(f -> LOG.log(f.state() == FormatState.FAILED ? Level.WARNING : Level.INFO,
                "Format {0} {1}: {2}{3}", new Object[]{f.id(), f.version(), f.state(),
                        f.reason() == null ? "" : " (" + f.reason() + ")"}));
        formats = Map.copyOf(found);
    }

    /** Where a format's dependencies stand: all started, one still to start ({@code waiting}), or a failure. */
    private record Dependencies(boolean waiting, String failure) {
        static final Dependencies STARTED = new Dependencies(false, null);
        static final Dependencies WAITING = new Dependencies(true, null);
    }

    private static Dependencies dependencies(RegisteredFormat f, Map<String, RegisteredFormat> all) {
        for (String dep : f.descriptor().dependsOn()) {
            RegisteredFormat d = all.get(dep);
            if (d == null) {
                return new Dependencies(false, "requires format '" + dep + "', which is not installed");
            }
            if (d.state() == FormatState.RESOLVED) {
                return Dependencies.WAITING;
            }
            if (!d.isStarted()) {
                return new Dependencies(false, "requires format '" + dep + "', which is " + d.state());
            }
        }
        return Dependencies.STARTED;
    }

    private RegisteredFormat read(SessionFormat bean) {
        FormatDescriptor d;
        try {
            d = bean.descriptor();
        } catch (RuntimeException e) {
            return new RegisteredFormat(beanClass(bean), bean, null, FormatState.FAILED,
                    "its descriptor could not be read: " + message(e), 0);
        }
        if (d == null) {
            return new RegisteredFormat(beanClass(bean), bean, null, FormatState.FAILED, "it has no descriptor", 0);
        }
        List<String> problems = d.problems();
        String id = d.id() == null ? beanClass(bean) : d.id();
        if (!problems.isEmpty()) {
            return new RegisteredFormat(id, bean, d, FormatState.FAILED, "invalid descriptor: " + String.join("; ", problems), 0);
        }
        if (!VersionRange.parse(d.requiresCore()).includes(CoreVersion.current())) {
            return new RegisteredFormat(id, bean, d, FormatState.FAILED,
                    "requires core " + d.requiresCore() + " but this is core " + CoreVersion.current(), 0);
        }
        String misplaced = misplacedPages(bean, id);
        if (misplaced != null) {
            return new RegisteredFormat(id, bean, d, FormatState.FAILED, misplaced, 0);
        }
        return new RegisteredFormat(id, bean, d, FormatState.RESOLVED, null, 0);
    }

    private static String misplacedPages(SessionFormat bean, String id) {
        try {
            List<String> wrong = bean.pages().stream().filter(p -> !p.isPlacedFor(id)).map(FormatPage::view).toList();
            return wrong.isEmpty() ? null
                    : "its pages must live under /pages/" + id + "/ or /console/formats/" + id + "/: " + wrong;
        } catch (RuntimeException e) {
            return "its pages could not be read: " + message(e);
        }
    }

    private RegisteredFormat launch(RegisteredFormat f) {
        int applied;
        try {
            applied = migrations.migrate(f.descriptor(), f.format().getClass().getClassLoader());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Migrations of format " + f.id() + " failed", e);
            return f.withState(FormatState.FAILED, "its migrations failed: " + message(e));
        }
        try {
            f.format().start();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Format " + f.id() + " failed to start", e);
            return f.withMigrations(applied).withState(FormatState.FAILED, "it failed to start: " + message(e));
        }
        return f.withMigrations(applied).withState(FormatState.STARTED, null);
    }

    @PreDestroy
    void stop() {
        formats.values().stream().filter(RegisteredFormat::isStarted).forEach(f -> {
            try {
                f.format().stop();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Format " + f.id() + " failed to stop", e);
            }
        });
    }

    /** Every installed format, by id. */
    public Collection<RegisteredFormat> all() {
        return formats.values().stream().sorted(Comparator.comparing(RegisteredFormat::id)).toList();
    }

    public Optional<RegisteredFormat> find(String id) {
        return Optional.ofNullable(id).map(formats::get);
    }

    /** The plugin of a format, only if it started. */
    public Optional<SessionFormat> started(String id) {
        return find(id).flatMap(RegisteredFormat::startedFormat);
    }

    private static String beanClass(SessionFormat bean) {
        String name = bean.getClass().getName();
        int proxy = name.indexOf("$Proxy");
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
