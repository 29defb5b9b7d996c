// The sandboxed preload: exposes the contract, and only the contract, as `window.dossier`.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge.js';

contextBridge.exposeInMainWorld('dossier', buildBridge(ipcRenderer));
