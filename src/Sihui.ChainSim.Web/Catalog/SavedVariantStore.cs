using System.Collections.Concurrent;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Web.Catalog;

/// <summary>
/// Variants saved from the page, kept in a sidecar file beside the scenario (<c>NAME.variants.yaml</c>). The
/// sidecar is replaced atomically on each save; the user's scenario file is never written.
/// </summary>
public sealed class SavedVariantStore(ScenarioCatalog catalog)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>The saved variants in save order; none when there is no sidecar.</summary>
    public IReadOnlyList<VariantDefinition> Read(ScenarioEntry entry)
    {
        if (ReadText(entry) is not { } text)
        {
            return [];
        }
        var errors = new ErrorList();
        var variants = SavedVariantFile.Definitions(text, errors);
        return errors.Any ? throw new SidecarException(string.Join("; ", errors.Items)) : variants;
    }

    /// <summary>The sidecar's text for the loader, which reads it as the CLI does; null when there is none.</summary>
    public SavedVariantsText? ReadText(ScenarioEntry entry)
    {
        if (!File.Exists(entry.SidecarPath))
        {
            return null;
        }
        if (!catalog.IsSafeSidecar(entry))
        {
            throw new SidecarException($"{Path.GetFileName(entry.SidecarPath)} is a link; saved variants are read only from a plain file");
        }
        var errors = new ErrorList();
        var text = SafeText.ReadFile(entry.SidecarPath, errors);
        return text is null ? throw new SidecarException(string.Join("; ", errors.Items)) : new SavedVariantsText(text, Path.GetFileName(entry.SidecarPath));
    }

    /// <summary>Adds a variant; false when the name is taken by a variant in the file or an earlier saved one.</summary>
    public async Task<bool> TryAddAsync(ScenarioEntry entry, VariantDefinition variant, IEnumerable<string> fileVariants, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(entry.SidecarPath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var saved = Read(entry);
            if (fileVariants.Contains(variant.Name, StringComparer.Ordinal) || saved.Any(v => v.Name == variant.Name))
            {
                return false;
            }
            if (!catalog.IsSafeSidecar(entry))
            {
                throw new SidecarException($"{Path.GetFileName(entry.SidecarPath)} is a link; it will not be replaced");
            }
            OutputFiles.WriteAtomically(entry.SidecarPath, SavedVariantFile.Write(entry.FileName, [.. saved, variant]));
            return true;
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>The sidecar of saved variants cannot be read or written; the message is fit for the user.</summary>
public sealed class SidecarException(string message) : Exception(message);
