package kz.rudny.cabinet.domain.notifications.control;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * How notifications are mailed (MicroProfile Config, keys in {@link #KEYS}; see the README): off unless
 * {@code cabinet.mail.enabled=true}. The address links are made absolute with is {@code cabinet.public-url}.
 */
public record MailSettings(boolean enabled, String host, int port, String from, String user, String password,
                           boolean startTls, String publicUrl) {

    public static final String ENABLED = "cabinet.mail.enabled";
    public static final String HOST = "cabinet.mail.host";
    public static final String PORT = "cabinet.mail.port";
    public static final String FROM = "cabinet.mail.from";
    public static final String USER = "cabinet.mail.user";
    public static final String PASSWORD = "cabinet.mail.password";
    public static final String STARTTLS = "cabinet.mail.starttls";
    public static final String PUBLIC_URL = "cabinet.public-url";

    public static final MailSettings OFF = new MailSettings(false, "localhost", 25, "cabinet@localhost", null, null,
            false, "http://localhost:8080");

    public MailSettings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        user = user == null || user.isBlank() ? null : user;
    }

    /** The settings as configured, with the defaults of the README for what is not. */
    public static MailSettings from(Config config) {
        return new MailSettings(
                config.getOptionalValue(ENABLED, Boolean.class).orElse(false),
                config.getOptionalValue(HOST, String.class).orElse("localhost"),
                config.getOptionalValue(PORT, Integer.class).orElse(25),
                config.getOptionalValue(FROM, String.class).orElse("cabinet@localhost"),
                config.getOptionalValue(USER, String.class).orElse(null),
                config.getOptionalValue(PASSWORD, String.class).orElse(null),
                config.getOptionalValue(STARTTLS, Boolean.class).orElse(false),
                config.getOptionalValue(PUBLIC_URL, String.class).orElse(null));
    }

    /** The application path as an absolute address for a mail. */
    public String absolute(String path) {
        return publicUrl + path;
    }

    /** The Jakarta Mail session properties (SMTP; time-outs so a dead server never holds a thread for long). */
    Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(user != null));
        p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.from", from);
        return p;
    }

    Optional<String> userName() {
        return Optional.ofNullable(user);
    }

    @Override
    public String toString() { // never the password, e.g. in a log line
        return "MailSettings[enabled=" + enabled + ", host=" + host + ", port=" + port + ", from=" + from
                + ", user=" + user + ", startTls=" + startTls + ", publicUrl=" + publicUrl + "]";
    }
}
