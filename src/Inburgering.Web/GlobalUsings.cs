global using Inburgering.Data;
global using Inburgering.Data.Identity;
