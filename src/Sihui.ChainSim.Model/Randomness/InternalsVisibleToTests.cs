using System.Runtime.CompilerServices;

// The tests force each lane width to check that all give the same bits.
[assembly: InternalsVisibleTo("Sihui.ChainSim.Model.Tests")]
