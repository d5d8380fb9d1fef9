package org.plenary.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a session's stream or recording can play inside its page: a known provider's player in a frame (YouTube,
 * through its no-cookie host, and Vimeo), or a video file in a {@code <video>} element. Any other address stays a
 * link: the page never frames a site it does not know.
 */
public final class VideoEmbed {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|live|shorts)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d{1,12})/?");
    private static final Pattern VIDEO_FILE = Pattern.compile(".*\\.(mp4|webm|ogv)", Pattern.CASE_INSENSITIVE);

    private final String src;
    private final boolean frame;

    private VideoEmbed(String src, boolean frame) {
        this.src = src;
        this.frame = frame;
    }

    /** The player for a watch address, if it is one the platform knows how to embed. */
    public static Optional<VideoEmbed> of(String watchUrl) {
        if (watchUrl == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(watchUrl.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath();
        return switch (host) {
            case "youtube.com", "www.youtube.com", "m.youtube.com", "www.youtube-nocookie.com" -> youTube(path, uri.getRawQuery());
            case "youtu.be" -> youTubeId(path.replaceFirst("^/", "").replaceFirst("/$", ""));
            case "vimeo.com", "www.vimeo.com", "player.vimeo.com" -> match(VIMEO_PATH, path)
                    .map(id -> new VideoEmbed("https://player.vimeo.com/video/" + id + "?dnt=1", true));
            default -> VIDEO_FILE.matcher(path).matches() ? Optional.of(new VideoEmbed(uri.toASCIIString(), false)) : Optional.empty();
        };
    }

    private static Optional<VideoEmbed> youTube(String path, String query) {
        if (path.equals("/watch") && query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("v=")) {
                    return youTubeId(pair.substring(2));
                }
            }
            return Optional.empty();
        }
        return match(YOUTUBE_PATH, path).flatMap(VideoEmbed::youTubeId);
    }

    private static Optional<VideoEmbed> youTubeId(String id) {
        return YOUTUBE_ID.matcher(id).matches()
                ? Optional.of(new VideoEmbed("https://www.youtube-nocookie.com/embed/" + id, true)) : Optional.empty();
    }

    private static Optional<String> match(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The address the frame or the video element loads. */
    public String getSrc() {
        return src;
    }

    /** A provider's player in an {@code <iframe>}; else a file for a {@code <video>} element. */
    public boolean isFrame() {
        return frame;
    }

    @Override
    public String toString() {
        return (frame ? "frame " : "video ") + src;
    }
}
