export { ENERGY_DEFAULTS, EnergyEngine, LOAD_EVENT_MAX_HOSTS, type EnergyEngineOptions } from './energyEngine'
