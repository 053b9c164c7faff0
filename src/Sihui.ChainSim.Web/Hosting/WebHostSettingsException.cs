namespace Sihui.ChainSim.Web.Hosting;

/// <summary>Settings that cannot serve (a network address without a token, say); the message is fit for the user.</summary>
public sealed class WebHostSettingsException(string message) : Exception(message);
