;;; check.el --- try the eglot snippet of editors/README.md in a batch Emacs  -*- lexical-binding: t -*-
;;
;; Not part of CI (it needs Emacs and eglot: Debian's emacs-nox and
;; elpa-eglot on Emacs 28). From the repository root, with `resolute` on PATH:
;;
;;   emacs --batch -Q -l editors/emacs/check.el tests/fixtures/sample-draft.txt
;;
;; It copies the draft to a `.res.txt' file, opens it with the snippet's
;; settings, and prints the server's diagnostics (through Flymake) and the
;; hover on the first footnote marker; it exits with 1 when either is missing.

(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(require 'package)
(package-initialize)
(require 'eglot)

;; --- the snippet of editors/README.md ---
(define-derived-mode resolution-mode text-mode "Resolution"
  "Major mode for United Nations resolution texts.")
(add-to-list 'auto-mode-alist '("\\.resolution\\'" . resolution-mode))
(add-to-list 'auto-mode-alist '("\\.res\\.txt\\'" . resolution-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(resolution-mode "resolute" "lsp")))
(add-hook 'resolution-mode-hook #'eglot-ensure)
;; ---

(let* ((source (or (car command-line-args-left) (error "name a draft")))
       (dir (make-temp-file "resolute-eglot-" t))
       (draft (expand-file-name "draft.res.txt" dir))
       (deadline (+ (float-time) 30))
       (ok t))
  (setq command-line-args-left nil)
  (copy-file source draft)
  (find-file draft)
  (message "major mode: %s" major-mode)
  ;; eglot-ensure waits for the command loop, which batch Emacs never runs.
  (run-hooks 'post-command-hook)
  (while (and (< (float-time) deadline) (null (eglot-current-server)))
    (accept-process-output nil 0.1))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.1))
  (dolist (d (flymake-diagnostics))
    (message "diagnostic, line %d: %s"
             (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))
  (unless (flymake-diagnostics) (message "FAILED: no diagnostics") (setq ok nil))
  (goto-char (point-min))
  (if (not (re-search-forward "[[:alpha:],;]\\([0-9]\\)\\([[:space:]]\\|$\\)" nil t))
      (progn (message "FAILED: no footnote marker in the draft") (setq ok nil))
    (goto-char (match-beginning 1))
    (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                   (eglot--TextDocumentPositionParams)))
           (text (plist-get (plist-get hover :contents) :value)))
      (message "hover: %s" text)
      (unless (and text (string-match-p "Footnote" text))
        (message "FAILED: no footnote in the hover") (setq ok nil))))
  (eglot-shutdown (eglot-current-server))
  (delete-directory dir t)
  (kill-emacs (if ok 0 1)))
