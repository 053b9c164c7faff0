using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// A double in its shortest round-trip form, so a reader gets the exact value back; JSON has no NaN or infinity, so
/// those are null (and null reads back as NaN).
/// </summary>
public sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
