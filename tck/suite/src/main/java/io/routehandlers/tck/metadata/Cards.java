package io.routehandlers.tck.metadata;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.metadata.ImageIds;
import jakarta.ws.rs.GET;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Two generated images, 120 by 63 (S-9.5): shapes only, so no font is needed on the server. */
@Route("/cards/card.png")
public class Cards {
    @ImageIds
    public List<String> ids() {
        return List.of("small", "large");
    }

    @GET
    public BufferedImage get(@Param("id") String id) {
        int scale = id.equals("large") ? 2 : 1;
        BufferedImage image = new BufferedImage(120 * scale, 63 * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, Color.BLUE, image.getWidth(), 0, Color.GREEN));
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.dispose();
        return image;
    }
}
