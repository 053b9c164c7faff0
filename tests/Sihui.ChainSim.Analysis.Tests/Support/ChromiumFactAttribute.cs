namespace Sihui.ChainSim.Analysis.Tests.Support;

/// <summary>
/// A test that needs headless Chromium at <see cref="BrowserPath"/>. Skipped with the reason when it is missing,
/// except under CI (CI=true), where a missing browser must fail the run instead of hiding it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string BrowserPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserPath) && !IsCi)
        {
            Skip = $"{BrowserPath} is missing: apt-get install -y --no-install-recommends chromium fonts-liberation fonts-noto-cjk fonts-wqy-microhei";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
