namespace Inburgering.Web.Tests;

/// <summary>
/// Tests that compare durations run after the others, alone: with other test classes running beside them on two cores,
/// one path's median doubled (a CI run of 2026-12-01) while nothing in the portal differed.
/// </summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;
