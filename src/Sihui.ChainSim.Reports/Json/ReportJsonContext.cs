using System.Text.Json.Serialization;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>Serialisation code generated at build time for the output documents; <see cref="ReportJson.Options"/> configures it.</summary>
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(RunInfoDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
