using Sihui.ChainSim.Reports.Json;

namespace Sihui.ChainSim.Reports;

/// <summary>Writes summary.json (<see cref="SummaryDocument"/>): the same inputs give the same bytes on any machine.</summary>
public static class SummaryJsonWriter
{
    public static byte[] Write(RunReport report) => ReportJson.Write(SummaryDocument.Of(report));

    /// <summary>Writes the same bytes straight into <paramref name="destination"/>.</summary>
    public static void Write(RunReport report, Stream destination) => ReportJson.Write(SummaryDocument.Of(report), destination);
}
