using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sihui.ChainSim.Scenarios.Loading.Reading;

/// <summary>
/// Wraps YamlDotNet's parser so that its own internal failures (its scanner throws InvalidOperationException on some
/// malformed input) surface as <see cref="YamlException"/> at the last position read. Only YamlDotNet code runs inside.
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var last = inner.Current?.End ?? Mark.Empty;
        try
        {
            return inner.MoveNext();
        }
        catch (Exception e) when (e is not YamlException)
        {
            throw new YamlException(last, last, $"the YAML parser failed here ({e.GetType().Name}); check the syntax near this point", e);
        }
    }
}
