using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Model.Tests.Engine;

public sealed class TrialArrayPoolTests
{
    [Fact]
    public void Rented_arrays_have_exactly_the_length_asked_for()
    {
        var pool = new TrialArrayPool(1 << 20);
        Assert.Equal(1000, pool.Rent(1000).Length);
        var returned = pool.Rent(1000);
        pool.Return(returned);
        // Another length does not get the array back; the same length does.
        Assert.Equal(999, pool.Rent(999).Length);
        Assert.Same(returned, pool.Rent(1000));
    }

    [Fact]
    public void A_full_pool_keeps_no_more_than_its_bytes()
    {
        // Room for one array of 100 doubles, not two.
        var pool = new TrialArrayPool(100 * sizeof(double));
        var first = new double[100];
        var second = new double[100];
        pool.Return(first);
        pool.Return(second);
        Assert.Same(first, pool.Rent(100));
        Assert.NotSame(second, pool.Rent(100));
    }
}
