import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes N editorials, each with one figure, and the N images they show: photographs (2000 x 1333 JPEG,
 * with grain so they compress like photographs) and, every fourth, a chart (1600 x 900 PNG).
 *
 *   java src/bench/GenerateImageEditorials.java N CONTENT_DIR IMAGES_DIR [SEED]
 */
public class GenerateImageEditorials {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path content = Path.of(args[1]);
        Path images = Path.of(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 100);
        Files.createDirectories(content.resolve("editorials/2025"));
        Files.createDirectories(images);
        Files.writeString(content.resolve("about.md"), "---\ntitle: About\n---\nAbout the bench.\n");
        for (int i = 1; i <= n; i++) {
            boolean chart = i % 4 == 0;
            String name = (chart ? "chart-" : "photo-") + i + (chart ? ".png" : ".jpg");
            ImageIO.write(chart ? chart(random) : photo(random), chart ? "png" : "jpg", images.resolve(name).toFile());
            Files.writeString(content.resolve("editorials/2025/with-image-" + i + ".md"), String.format(
                    "---%ntitle: Editorial %d with a figure%ndate: 2025-%02d-%02d%n---%nThe first paragraph of editorial %d.%n%n"
                    + "![What image %d shows](/images/%s \"Caption %d\")%n%nMore text after the figure.%n",
                    i, 1 + i % 12, 1 + i % 28, i, i, name, i));
        }
    }

    private static BufferedImage photo(Random random) {
        BufferedImage image = new BufferedImage(2000, 1333, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), 0, 1333, new Color(random.nextInt(0xffffff))));
        g.fillRect(0, 0, 2000, 1333);
        for (int s = 0; s < 40; s++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(2000), random.nextInt(1333), 50 + random.nextInt(400), 50 + random.nextInt(400));
        }
        g.dispose();
        for (int y = 0; y < 1333; y++) {
            for (int x = 0; x < 2000; x++) {
                int rgb = image.getRGB(x, y);
                int grain = random.nextInt(17) - 8;
                int r = clamp(((rgb >> 16) & 0xff) + grain), gr = clamp(((rgb >> 8) & 0xff) + grain), b = clamp((rgb & 0xff) + grain);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return image;
    }

    private static BufferedImage chart(Random random) {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(0x0b4f8a));
        g.setStroke(new BasicStroke(8));
        int[] xs = new int[12];
        int[] ys = new int[12];
        for (int i = 0; i < 12; i++) {
            xs[i] = 80 + i * 130;
            ys[i] = 100 + random.nextInt(700);
        }
        g.drawPolyline(xs, ys, 12);
        g.dispose();
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
