namespace McodeBench.Simulator.Noise;

/// <summary>A plausible oncology finding the simulator may invent: text, canonical entity type and mCODE element.</summary>
internal sealed record InventedFinding(string Text, string EntityType, string Element);
