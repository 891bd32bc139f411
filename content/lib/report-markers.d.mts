export const REPORT_FACTS: 'vt-rapport';
export const SKELETON_BEGIN: 'vt-squelette';
export const SKELETON_END: '/vt-squelette';
export const CUT_ATTRIBUTE: 'data-vt';
export const MASKED_NUMBER: '⟨nombre⟩';
export const MASKED_ID: '⟨id⟩';
export const MASKED_VALUE: '⟨valeur⟩';
export const MASKED_WORD: '⟨mot⟩';
