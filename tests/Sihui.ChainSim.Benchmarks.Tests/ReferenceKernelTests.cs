using Sihui.ChainSim.Benchmarks.Kernel;

namespace Sihui.ChainSim.Benchmarks.Tests;

/// <summary>The reference kernel's normals are standard normal, and its vector and scalar paths draw the same numbers.</summary>
public sealed class ReferenceKernelTests
{
    [Fact]
    public void A_million_normals_have_the_mean_sd_and_tails_of_a_standard_normal()
    {
        var check = NormalCheck.Run(streams: 1_000, perStream: 1_000);

        Assert.True(check.Passes, check.Describe());
        Assert.InRange(check.Mean, -0.005, 0.005);
        Assert.InRange(check.Sd, 0.995, 1.005);
    }

    [Fact]
    public void The_check_fails_normals_that_are_too_wide()
    {
        var wide = new NormalCheck(1_000_000, Mean: 0, Sd: 1.01, Tail3: NormalCheck.ExactTail3, Tail4: NormalCheck.ExactTail4);

        Assert.False(wide.Passes);
    }

    [Fact]
    public void Vector_and_scalar_normals_agree_to_rounding()
    {
        var vector = new double[1_003];
        var scalar = new double[1_003];
        CounterNormals.Fill(key: 42, vector);
        CounterNormals.FillScalar(key: 42, scalar);

        for (var i = 0; i < vector.Length; i++)
        {
            Assert.True(Math.Abs(vector[i] - scalar[i]) <= 1e-12 * Math.Max(1, Math.Abs(scalar[i])), $"normal {i}: {vector[i]} vs {scalar[i]}");
        }
    }

    [Fact]
    public void The_kernel_gives_the_same_totals_on_every_path_and_any_number_of_threads()
    {
        // 100 trials: six full chunks of 16 and a tail of 4, so every path and the tail are used.
        var kernel = new GrowthKernel(enterprises: 150, years: 4, trials: 100);

        var vector = kernel.Run(allowVectors: true, maxDegreeOfParallelism: 1);
        var scalar = kernel.Run(allowVectors: false, maxDegreeOfParallelism: 1);
        var parallel = kernel.Run(allowVectors: true);

        for (var i = 0; i < vector.Length; i++)
        {
            Assert.Equal(scalar[i], vector[i], 1e-9 * Math.Abs(scalar[i]));
            Assert.Equal(vector[i], parallel[i], 1e-9 * Math.Abs(vector[i]));
        }
        Assert.All(vector, total => Assert.True(total > 0));
    }

    [Fact]
    public void Draws_are_a_function_of_key_and_position_only()
    {
        var whole = new double[64];
        var part = new double[32];
        CounterNormals.Fill(7, whole);
        CounterNormals.Fill(7, part);
        var other = new double[32];
        CounterNormals.Fill(8, other);

        Assert.Equal(whole[..32], part);
        Assert.NotEqual(part, other);
    }
}
