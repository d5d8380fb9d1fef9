package org.plenary.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VideoEmbedTest {

    private static String embed(String url) {
        return VideoEmbed.of(url).map(VideoEmbed::toString).orElse("link");
    }

    @Test
    void youTubeAddressesPlayInItsNoCookiePlayer() {
        String player = "frame https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
        assertEquals(player, embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        assertEquals(player, embed("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42"));
        assertEquals(player, embed("https://youtu.be/dQw4w9WgXcQ"));
        assertEquals(player, embed("https://m.youtube.com/live/dQw4w9WgXcQ"));
        assertEquals(player, embed("https://youtube.com/embed/dQw4w9WgXcQ"));
    }

    @Test
    void vimeoAddressesPlayInItsPlayerWithoutTracking() {
        assertEquals("frame https://player.vimeo.com/video/76979871?dnt=1", embed("https://vimeo.com/76979871"));
        assertEquals("frame https://player.vimeo.com/video/76979871?dnt=1", embed("https://player.vimeo.com/video/76979871"));
    }

    @Test
    void videoFilesPlayInAVideoElement() {
        assertEquals("video https://replay.example.org/d3.mp4", embed("https://replay.example.org/d3.mp4"));
        assertEquals("video https://replay.example.org/d3.WEBM", embed(" https://replay.example.org/d3.WEBM "));
    }

    @Test
    void anythingElseStaysALink() {
        assertEquals("link", embed("https://stream.example.org/mlw2020/d1-opening"));
        assertEquals("link", embed("http://www.youtube.com/watch?v=dQw4w9WgXcQ"), "not over https");
        assertEquals("link", embed("https://www.youtube.com/watch?v=short"));
        assertEquals("link", embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>"));
        assertEquals("link", embed("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ"));
        assertEquals("link", embed("https://vimeo.com/channels/staffpicks"));
        assertEquals("link", embed("javascript:alert(1)//.mp4"));
        assertEquals("link", embed("not a url at all"));
        assertEquals(Optional.empty(), VideoEmbed.of(null));
    }
}
