namespace Inburgering.Domain.Trajectories;

public enum TrajectoryKind
{
    /// <summary>The integration trajectory that leads to the attest.</summary>
    Integration,

    /// <summary>Vervolgtraject: a push after the attest towards a sustainable goal.</summary>
    FollowUp,
}

public enum TrajectoryStatus
{
    Running,

    /// <summary>Ended with the attest or a statement of effort.</summary>
    Completed,

    /// <summary>Ended early with a <see cref="StopReason"/>.</summary>
    Stopped,
}

/// <summary>Why a trajectory ended before the attest.</summary>
public enum StopReason
{
    MovedAway,
    LeftCountry,
    Died,
    NoLongerInScope,
}

public enum TrackKind
{
    SocialOrientation,
    DutchLanguage,
    Work,
    Participation,
}

public enum TrackStatus
{
    NotStarted,
    Running,
    Completed,
    NotApplicable,

    /// <summary>Ended with the trajectory without reaching its objective.</summary>
    Stopped,
}

/// <summary>CEFR levels as NT2 uses them.</summary>
public enum CefrLevel
{
    None,
    A1,
    A2,
    B1,
    B2,
}

public enum LearnerProfile
{
    /// <summary>Alfa: learning to read and write.</summary>
    LearningToReadAndWrite,
    Slow,
    Standard,
    Fast,
}

public enum Perspective
{
    Professional,
    Educational,
}

[Flags]
public enum Goals
{
    None = 0,
    Dutch = 1,
    Work = 2,
    Training = 4,
}

[Flags]
public enum Barriers
{
    None = 0,
    Dutch = 1,
    TimeWork = 2,
    TimeChildren = 4,
    Health = 8,
    Housing = 16,
    Mobility = 32,
    Childcare = 64,
    Legal = 128,
    Welfare = 256,
}

[Flags]
public enum Availability
{
    None = 0,
    Daytime = 1,
    Evening = 2,
    Weekend = 4,
}

public enum EducationLevel
{
    None,
    Primary,
    Secondary,
    Higher,
}

public enum Literacy
{
    Literate,
    LiterateInOtherScript,
    LearningToReadAndWrite,
}

public enum DiplomaRecognition
{
    NoForeignDiploma,
    NotRequested,
    Requested,
    Recognised,
    Refused,
}

public enum WorkRoute
{
    JobSearch,
    VocationalTraining,
    WorkExperience,
    DiplomaRecognition,
    HigherEducation,
    Entrepreneurship,
    InWork,
}

public enum ExamMode
{
    Written,
    Oral,
}

public enum CertificateKind
{
    IntegrationCertificate,
    StatementOfEffort,
}
