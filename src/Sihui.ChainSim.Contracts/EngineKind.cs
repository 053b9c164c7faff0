namespace Sihui.ChainSim.Contracts;

/// <summary>Which engine steps the model: grains on an Orleans silo, or plain objects in this process.</summary>
public enum EngineKind
{
    Orleans,
    Direct,
}
