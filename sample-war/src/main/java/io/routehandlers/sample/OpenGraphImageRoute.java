package io.routehandlers.sample;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * {@code /opengraph-image.png}: the 1200×630 card that link previews show, drawn with Java 2D (a colour gradient and
 * the shop's name). Returning a {@code RenderedImage} makes it an image route: PNG, prerendered at startup, cached.
 */
@Route("/opengraph-image.png")
public class OpenGraphImageRoute {

    @GET
    public BufferedImage get() {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setPaint(new GradientPaint(0, 0, new Color(0x0b7285), 1200, 630, new Color(0x5f3dc4)));
            graphics.fillRect(0, 0, 1200, 630);
            graphics.setColor(Color.WHITE);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            graphics.drawString("routehandlers sample shop", 80, 330);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
            graphics.drawString("Route handlers on Jakarta EE", 80, 400);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
