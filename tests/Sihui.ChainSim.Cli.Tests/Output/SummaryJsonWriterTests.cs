using System.Globalization;
using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Output;

public sealed class SummaryJsonWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_number_is_written_in_its_round_trip_form()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--json", "--trials", "70", "--out", _temp.File("out"));
        Assert.Equal(0, result.ExitCode);

        var numbers = 0;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(result.Out));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                var text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                Assert.Equal(reader.GetDouble().ToString("R", CultureInfo.InvariantCulture), text);
                numbers++;
            }
        }
        Assert.True(numbers > 100);
    }
}
