package io.routehandlers.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * An order history, in memory, and the daily sales report built from it: the kind of computation a cached
 * route serves to every reader at the cost of one. The history is generated from a fixed seed, so every
 * start holds the same 20,000 orders over the 90 days before 2026-11-01.
 */
@ApplicationScoped
public class Sales {

    /** One order line. */
    public record Order(LocalDate day, String slug, int quantity, long price) {}

    /** One day of the report: how many orders, the revenue in cents and the item sold most. */
    public record Day(LocalDate day, int orders, long revenue, String bestSeller) {}

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final List<String> SLUGS = List.of("lamp", "mug", "desk", "chair", "shelf", "rug", "clock", "vase");

    private final List<Order> orders;

    public Sales() {
        Random random = new Random(2026);
        List<Order> generated = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            generated.add(new Order(
                    LAST_DAY.minusDays(random.nextInt(90)),
                    SLUGS.get(random.nextInt(SLUGS.size())),
                    1 + random.nextInt(4),
                    500 + random.nextInt(20_000)));
        }
        orders = List.copyOf(generated);
    }

    /** The last {@code days} days of sales, oldest first: a pass over the whole history. */
    public List<Day> daily(int days) {
        LocalDate first = LAST_DAY.minusDays(days - 1L);
        Map<LocalDate, List<Order>> byDay = new TreeMap<>();
        for (Order order : orders) {
            if (!order.day().isBefore(first)) {
                byDay.computeIfAbsent(order.day(), d -> new ArrayList<>()).add(order);
            }
        }
        List<Day> report = new ArrayList<>();
        byDay.forEach((day, lines) -> {
            Map<String, Integer> units = new TreeMap<>();
            long revenue = 0;
            for (Order line : lines) {
                revenue += line.quantity() * line.price();
                units.merge(line.slug(), line.quantity(), Integer::sum);
            }
            String best = units.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            report.add(new Day(day, lines.size(), revenue, best));
        });
        return report;
    }
}
