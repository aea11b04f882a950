package dev.gateway.drill;

/** Figures derived from a report row, shared by the checks and the chart. */
final class DrillIncidentFigures {

    private DrillIncidentFigures() {
    }

    /** Calls pricing received per second during the row's window. */
    static double pricingPerSecond(DrillReport.Row row) {
        double seconds = row.toSecond() - row.fromSecond();
        return seconds == 0 ? 0 : row.callsPerCheckout().get("pricing") * row.sent() / seconds;
    }
}
